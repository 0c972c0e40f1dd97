resource "aws_iam_role" "build" {
  name = "t1581-build"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_codebuild_project" "tests" {
  name          = "t1581-tf"
  description   = "the pipeline tests"
  service_role  = aws_iam_role.build.arn
  build_timeout = 30

  source {
    type      = "GITHUB"
    location  = "https://github.com/example/pipeline.git"
    buildspec = "ci/buildspec.yml"
    git_clone_depth = 1
  }
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    type         = "LINUX_CONTAINER"
    image        = "aws/codebuild/standard:7.0"
    compute_type = "BUILD_GENERAL1_SMALL"
    environment_variable {
      name  = "STAGE"
      value = "test"
    }
    environment_variable {
      name  = "DB_PASSWORD"
      value = "/pipeline/db"
      type  = "PARAMETER_STORE"
    }
  }
  logs_config {
    cloudwatch_logs {
      group_name = "/ci/pipeline"
    }
  }
  tags = { team = "data" }
}

output "project_arn" { value = aws_codebuild_project.tests.arn }
