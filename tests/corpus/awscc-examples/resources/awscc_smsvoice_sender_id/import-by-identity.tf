import {
  to = awscc_smsvoice_sender_id.example
  identity = {
    iso_country_code = "iso_country_code"
    sender_id        = "sender_id"
  }
}
