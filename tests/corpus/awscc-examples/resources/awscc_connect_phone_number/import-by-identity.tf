import {
  to = awscc_connect_phone_number.example
  identity = {
    phone_number_arn = "phone_number_arn"
  }
}
