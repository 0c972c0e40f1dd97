import {
  to = awscc_smsvoice_phone_number.example
  id = "phone_number_id"
}