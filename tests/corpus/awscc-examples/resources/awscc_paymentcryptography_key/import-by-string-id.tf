import {
  to = awscc_paymentcryptography_key.example
  id = "key_identifier"
}