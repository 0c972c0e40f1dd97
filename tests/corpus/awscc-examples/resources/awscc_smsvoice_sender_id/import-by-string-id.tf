import {
  to = awscc_smsvoice_sender_id.example
  id = "iso_country_code|sender_id"
}