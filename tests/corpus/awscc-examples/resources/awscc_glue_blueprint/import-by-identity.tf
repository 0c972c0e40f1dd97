import {
  to = awscc_glue_blueprint.example
  identity = {
    arn = "arn"
  }
}
