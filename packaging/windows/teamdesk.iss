; Inno Setup recipe for TeamDesk on Windows (per machine, silent-capable).
; Build the bundle first (uv run --group bundle python packaging/build.py), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\teamdesk.iss
; IT installs it silently with, for example:
;   TeamDesk-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /DATADIR="D:\TeamDesk\Bofellesskapet" /DATAGROUP="KOMMUNE\Bofellesskap-ansatte"
; /DATADIR writes %ProgramData%\teamdesk\data-dir.txt so every Windows account on the PC opens the
; same data folder, and creates that folder (if missing) readable and writable by /DATAGROUP only
; (plus SYSTEM and Administrators). Uninstalling or upgrading never touches the data folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId ties upgrades to earlier installs: never change it.
AppId={{6E0C4F5B-2B7D-4C8A-9B1E-5A7D3C2E9F10}
AppName=TeamDesk
AppVersion={#AppVersion}
AppPublisher=TeamDesk
DefaultDirName={autopf}\TeamDesk
DefaultGroupName=TeamDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=TeamDesk-Setup-{#AppVersion}
SetupIconFile=..\..\build\icons\teamdesk.ico
UninstallDisplayIcon={app}\teamdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\teamdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\TeamDesk"; Filename: "{app}\teamdesk.exe"
Name: "{commondesktop}\TeamDesk"; Filename: "{app}\teamdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Code]
function DataDir(): String;
begin
  Result := ExpandConstant('{param:DATADIR|}');
end;

function DataGroup(): String;
begin
  Result := ExpandConstant('{param:DATAGROUP|}');
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  ConfigDir: String;
  Code: Integer;
begin
  if (CurStep = ssPostInstall) and (DataDir() <> '') then
  begin
    ConfigDir := ExpandConstant('{commonappdata}\teamdesk');
    ForceDirectories(ConfigDir);
    SaveStringToFile(ConfigDir + '\data-dir.txt', DataDir(), False);
    if not DirExists(DataDir()) then
    begin
      ForceDirectories(DataDir());
      if DataGroup() <> '' then
        { Only the chosen group (and SYSTEM, Administrators) may read or write the data. }
        Exec(ExpandConstant('{sys}\icacls.exe'),
          '"' + DataDir() + '" /inheritance:r /grant:r "' + DataGroup() + ':(OI)(CI)M" ' +
          '"*S-1-5-18:(OI)(CI)F" "*S-1-5-32-544:(OI)(CI)F"',
          '', SW_HIDE, ewWaitUntilTerminated, Code);
    end;
  end;
end;

; No [UninstallDelete] entry names the data folder or data-dir.txt: uninstalling removes the
; program only, and an upgrade installs over it, so a house's data is never touched.
