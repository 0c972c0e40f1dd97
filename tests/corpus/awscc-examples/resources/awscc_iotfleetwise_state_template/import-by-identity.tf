import {
  to = awscc_iotfleetwise_state_template.example
  identity = {
    name = "name"
  }
}
