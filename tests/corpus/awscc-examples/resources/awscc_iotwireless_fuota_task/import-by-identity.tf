import {
  to = awscc_iotwireless_fuota_task.example
  identity = {
    id = "id"
  }
}
