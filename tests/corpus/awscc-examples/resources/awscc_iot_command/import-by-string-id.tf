import {
  to = awscc_iot_command.example
  id = "command_id"
}