import {
  to = awscc_ssmcontacts_contact.example
  identity = {
    arn = "arn"
  }
}
