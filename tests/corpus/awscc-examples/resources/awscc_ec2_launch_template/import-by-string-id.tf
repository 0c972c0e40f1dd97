import {
  to = awscc_ec2_launch_template.example
  id = "launch_template_id"
}