import {
  to = awscc_smsvoice_registration.example
  id = "registration_arn"
}