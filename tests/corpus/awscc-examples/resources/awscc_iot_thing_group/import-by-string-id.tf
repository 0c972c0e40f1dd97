import {
  to = awscc_iot_thing_group.example
  id = "thing_group_name"
}