import {
  to = awscc_glue_user_defined_function.example
  identity = {
    arn = "arn"
  }
}
