import {
  to = awscc_ssmcontacts_rotation.example
  id = "arn"
}