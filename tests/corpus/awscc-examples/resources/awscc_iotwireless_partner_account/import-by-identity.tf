import {
  to = awscc_iotwireless_partner_account.example
  identity = {
    partner_account_id = "partner_account_id"
  }
}
