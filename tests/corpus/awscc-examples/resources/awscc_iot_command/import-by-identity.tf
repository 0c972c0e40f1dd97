import {
  to = awscc_iot_command.example
  identity = {
    command_id = "command_id"
  }
}
