import {
  to = awscc_paymentcryptography_alias.example
  identity = {
    alias_name = "alias_name"
  }
}
