import {
  to = awscc_iot_thing.example
  identity = {
    thing_name = "thing_name"
  }
}
