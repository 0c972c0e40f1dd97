import {
  to = awscc_iot_provisioning_template.example
  id = "template_name"
}