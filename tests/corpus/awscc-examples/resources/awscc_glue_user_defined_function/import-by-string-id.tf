import {
  to = awscc_glue_user_defined_function.example
  id = "arn"
}