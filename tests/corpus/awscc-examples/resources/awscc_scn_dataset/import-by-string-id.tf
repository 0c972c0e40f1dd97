import {
  to = awscc_scn_dataset.example
  id = "arn"
}