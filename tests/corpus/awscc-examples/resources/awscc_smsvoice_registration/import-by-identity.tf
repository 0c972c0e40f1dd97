import {
  to = awscc_smsvoice_registration.example
  identity = {
    registration_arn = "registration_arn"
  }
}
