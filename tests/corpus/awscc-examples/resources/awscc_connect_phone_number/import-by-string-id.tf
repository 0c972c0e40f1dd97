import {
  to = awscc_connect_phone_number.example
  id = "phone_number_arn"
}