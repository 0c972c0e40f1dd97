import {
  to = awscc_paymentcryptography_alias.example
  id = "alias_name"
}