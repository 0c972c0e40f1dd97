import {
  to = awscc_iot_software_package_version.example
  id = "package_name|version_name"
}