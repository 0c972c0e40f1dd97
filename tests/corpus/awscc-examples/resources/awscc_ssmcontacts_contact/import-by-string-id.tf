import {
  to = awscc_ssmcontacts_contact.example
  id = "arn"
}