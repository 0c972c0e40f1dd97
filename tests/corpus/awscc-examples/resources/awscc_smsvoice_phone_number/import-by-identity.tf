import {
  to = awscc_smsvoice_phone_number.example
  identity = {
    phone_number_id = "phone_number_id"
  }
}
