import {
  to = awscc_iot_thing_group.example
  identity = {
    thing_group_name = "thing_group_name"
  }
}
