import {
  to = awscc_iotevents_input.example
  identity = {
    input_name = "input_name"
  }
}
