import {
  to = awscc_iam_virtual_mfa_device.example
  identity = {
    serial_number = "serial_number"
  }
}
