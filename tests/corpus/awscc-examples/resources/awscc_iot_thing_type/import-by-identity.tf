import {
  to = awscc_iot_thing_type.example
  identity = {
    thing_type_name = "thing_type_name"
  }
}
