import {
  to = awscc_iotevents_input.example
  id = "input_name"
}