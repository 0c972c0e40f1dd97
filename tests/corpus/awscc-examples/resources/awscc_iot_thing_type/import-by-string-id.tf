import {
  to = awscc_iot_thing_type.example
  id = "thing_type_name"
}