import {
  to = awscc_iot_software_package_version.example
  identity = {
    package_name = "package_name"
    version_name = "version_name"
  }
}
