import {
  to = awscc_ivs_stage.example
  identity = {
    arn = "arn"
  }
}
