import {
  to = awscc_iot_mitigation_action.example
  identity = {
    action_name = "action_name"
  }
}
