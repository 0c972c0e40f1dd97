import {
  to = awscc_iotwireless_partner_account.example
  id = "partner_account_id"
}