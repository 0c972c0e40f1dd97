import {
  to = awscc_glue_blueprint.example
  id = "arn"
}