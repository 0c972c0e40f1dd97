import {
  to = awscc_ssmcontacts_contact_channel.example
  identity = {
    arn = "arn"
  }
}
