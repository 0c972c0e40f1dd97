import {
  to = awscc_ivs_stage.example
  id = "arn"
}