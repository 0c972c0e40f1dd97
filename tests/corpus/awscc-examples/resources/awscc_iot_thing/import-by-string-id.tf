import {
  to = awscc_iot_thing.example
  id = "thing_name"
}