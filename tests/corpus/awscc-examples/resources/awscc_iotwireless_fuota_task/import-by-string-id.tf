import {
  to = awscc_iotwireless_fuota_task.example
  id = "id"
}