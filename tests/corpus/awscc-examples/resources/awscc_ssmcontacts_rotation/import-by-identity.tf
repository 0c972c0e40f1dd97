import {
  to = awscc_ssmcontacts_rotation.example
  identity = {
    arn = "arn"
  }
}
