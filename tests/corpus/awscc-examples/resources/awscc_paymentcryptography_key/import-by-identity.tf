import {
  to = awscc_paymentcryptography_key.example
  identity = {
    key_identifier = "key_identifier"
  }
}
