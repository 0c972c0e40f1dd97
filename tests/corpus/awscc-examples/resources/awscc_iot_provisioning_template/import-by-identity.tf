import {
  to = awscc_iot_provisioning_template.example
  identity = {
    template_name = "template_name"
  }
}
