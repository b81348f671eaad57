@echo off
rem Launcher of the MFA Inspector runtime image on Windows: runs the image's own
rem Java with the app module. Extra JVM options go in MFA_INSPECTOR_JAVA_OPTS.
setlocal
for %%I in ("%~dp0..") do set "IMAGE_DIR=%%~fI"

rem Class data sharing archive of the app, when the build made one (absolute path).
set "APP_ARCHIVE=%IMAGE_DIR%\lib\server\app.jsa"
set CDS_OPTION=
if exist "%APP_ARCHIVE%" set CDS_OPTION="-XX:SharedArchiveFile=%APP_ARCHIVE%"

"%IMAGE_DIR%\bin\java.exe" -XX:+UseSerialGC -Xms48m -Xmn20m -Xmx256m -XX:TieredStopAtLevel=1 %CDS_OPTION% %MFA_INSPECTOR_JAVA_OPTS% --module mfainspector/mfainspector.Main %*
exit /b %ERRORLEVEL%
