import {
  to = awscc_connect_email_address.example
  id = "email_address_arn"
}