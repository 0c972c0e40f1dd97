import {
  to = awscc_scn_dataset.example
  identity = {
    arn = "arn"
  }
}
