import {
  to = awscc_ec2_launch_template.example
  identity = {
    launch_template_id = "launch_template_id"
  }
}
