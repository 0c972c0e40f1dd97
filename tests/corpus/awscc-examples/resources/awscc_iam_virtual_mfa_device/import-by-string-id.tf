import {
  to = awscc_iam_virtual_mfa_device.example
  id = "serial_number"
}