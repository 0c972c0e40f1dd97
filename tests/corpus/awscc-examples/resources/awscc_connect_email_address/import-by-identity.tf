import {
  to = awscc_connect_email_address.example
  identity = {
    email_address_arn = "email_address_arn"
  }
}
